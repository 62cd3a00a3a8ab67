import { type IgnoredWhy, LONG_LINK } from "../../domain/linkReport.ts";
import { useAppStore } from "../../store/appStore.ts";
import { savePlanFile } from "../../ui/savePlanFile.ts";

const WHY: Record<IgnoredWhy, string> = {
  blank: "empty",
  "too-long": "too long to be an id",
  repeated: "repeated",
  "too-many": "past the most a link may list",
  cut: "cut off or damaged",
  "not-on-map": "not on this map",
};

/**
 * What the opening link's ids lost, so nothing is dropped silently; and, while the address is long enough
 * for some apps to cut it, a warning with the plan export as the sturdier way to pass the plan on.
 */
export function IgnoredInLink() {
  const ignored = useAppStore((state) => state.ignoredInLink);
  const dismiss = useAppStore((state) => state.dismissLinkReport);
  const plan = useAppStore((state) => state.plan);
  // Re-rendered on every question change, when the address changes too.
  useAppStore((state) => state.routeQuestion);
  const length = window.location.href.length;
  if (ignored.length === 0 && length <= LONG_LINK) return null;
  return (
    <div className="link-report" role="status">
      {ignored.length > 0 ? (
        <>
          <p>The link asked for things this map can’t use, so they were left out:</p>
          <ul>
            {ignored.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list read once from the link
              <li key={i}>
                <code>
                  {item.param}={item.value}
                </code>{" "}
                {WHY[item.why]}
              </li>
            ))}
          </ul>
          <button type="button" className="route-text-button" onClick={dismiss}>
            Dismiss
          </button>
        </>
      ) : null}
      {length > LONG_LINK ? (
        <p>
          This link is {length.toLocaleString("en-US")} characters long; some apps cut links past about{" "}
          {LONG_LINK.toLocaleString("en-US")}.{" "}
          {plan ? (
            <button type="button" className="route-text-button" onClick={() => savePlanFile(plan)}>
              Export my plan
            </button>
          ) : null}{" "}
          passes it on whole, as a file.
        </p>
      ) : null}
    </div>
  );
}
