/** The arrangement of the bundled map, chosen by the build (scripts/arrangement/bundledArrangementPlugin.ts). */
declare module "virtual:bundled-map-arrangement" {
  const arrangement: readonly (readonly string[])[];
  export default arrangement;
}
