import { Component, type ReactNode } from "react";

interface Props {
  readonly children: ReactNode;
  /** A new value (another map) clears the failure and tries drawing again. */
  readonly resetWith: unknown;
  /** Told when the canvas fails, so what depends on it (export) can say why it cannot work. */
  readonly onFailure?: (error: Error) => void;
}

interface State {
  readonly error: Error | null;
}

/** Keeps the rest of the page working when the canvas fails: the panels still reach every node. */
export class MapErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error("The map could not be drawn", error);
    this.props.onFailure?.(error);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetWith !== this.props.resetWith) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="map-error" role="alert">
          <h2>Couldn't draw the map</h2>
          <p>
            The search and the details panel still work. Open another map, or reload the page to try drawing
            it again.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
