// Lighthouse's own command line (node_modules/lighthouse/cli), ended as soon as it has written its report
// and closed Chrome. Left to itself, Node stays up about 5 s longer for a timer that one of Lighthouse 12's
// gatherers leaves running (ImageElements' 5-second budget); nothing is measured in that time.
import { begin } from "../../node_modules/lighthouse/cli/bin.js";

await begin();
process.exit(process.exitCode ?? 0);
