import { writeFileSync } from "node:fs";
import { tokensCss } from "../src/ui/look/cssTokens.ts";

writeFileSync("src/ui/look/tokens.css", tokensCss());
console.log("wrote src/ui/look/tokens.css");
