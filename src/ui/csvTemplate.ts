/**
 * The spreadsheet template for building a map, shipped beside the app (public/, written by
 * `npm run schema`). Offered where people export maps and where a map file is refused.
 */
export const CSV_TEMPLATE_URL = `${import.meta.env.BASE_URL}career-map-template.csv`;
