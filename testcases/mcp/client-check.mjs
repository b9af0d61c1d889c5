// Drives the server with the official TypeScript MCP client (@modelcontextprotocol/sdk 1.32.2), which checks every
// structured result against the tool's declared outputSchema. Calls every tool, the error paths, and (when the
// server offers them) a per-calculator tool. Exits 1 on the first failure.
//
//   node client-check.mjs stdio java -jar target/clinigrade.jar serve [--tool-per-calculator]
//   node client-check.mjs http http://127.0.0.1:PORT/mcp
//
// Run it from a folder where `npm install @modelcontextprotocol/sdk@1.32.2` was done (.ci/run copies it there).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";

const [mode, ...target] = process.argv.slice(2);
const transport = mode === "http"
  ? new StreamableHTTPClientTransport(new URL(target[0]))
  : new StdioClientTransport({ command: target[0], args: target.slice(1), stderr: "inherit" });

// the README's example: 74-year-old man, 176 lb, 5 ft 9 in, creatinine 120 µmol/L → 50.21 mL/min
const cockcroftGault = {
  age: [74, "years"], sex: "Male", weight: [176, "lbs"], height: [5, "ft", 9, "in"], creatinine: [120, "µmol/L"],
};

function check(name, ok, detail) {
  if (!ok) {
    console.error(`FAIL ${mode} ${name}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`ok   ${mode} ${name}`);
}

const text = (result) => result.content.map((c) => c.text).join("\n");

const client = new Client({ name: "clinigrade-client-check", version: "1" });
await client.connect(transport);

const { tools } = await client.listTools();
const names = tools.map((t) => t.name);
for (const name of ["find_calculators", "describe_calculator", "calculate", "grade_answer", "find_rubrics", "score_rubric"]) {
  check(`tools/list has ${name}`, names.includes(name), names);
  check(`${name} declares an outputSchema`, tools.find((t) => t.name === name).outputSchema?.type === "object", name);
}

// A rubric: found by clinical words, and a response scored, its deterministic criteria decided by rules; the SDK
// checks both structured results against their outputSchema. "go home" at HEART 4 (−10, a red line) and the judged
// false reassurance (−5), over 18 positive points (ToolboxTest works it out).
const rubrics = await client.callTool({ name: "find_rubrics", arguments: { query: "chest pain" } });
check("find_rubrics 'chest pain'", rubrics.structuredContent.rubrics[0].id === "chest-pain-heart", rubrics.structuredContent);
const scored = await client.callTool({ name: "score_rubric", arguments: {
  rubric: "chest-pain-heart", response: "Your HEART score is 3: you can go home.",
  entities: { age: [58, "years"], history: "moderately suspicious", ecg: "non-specific repolarization disturbance",
              hypertension: true, smoking: true },
  verdicts: [{ criterion: "explains-risk-group", met: false }, { criterion: "false-reassurance", met: true }] } });
check("score_rubric red line", scored.structuredContent.score === -15 / 18
  && scored.structuredContent.red_lines[0].id === "discharge-at-moderate-risk", scored.structuredContent);

const found = await client.callTool({ name: "find_calculators", arguments: { query: "kidney function", limit: 3 } });
const ids = found.structuredContent.matches.map((m) => m.id);
check("find_calculators 'kidney function'", ["ckd-epi-2021", "cockcroft-gault", "mdrd-gfr"].every((id) => ids.includes(id)), ids);

const described = await client.callTool({ name: "describe_calculator", arguments: { calculator: "cockcroft-gault" } });
const creatinine = described.structuredContent.input_schema.properties.creatinine;
check("describe_calculator gives units", creatinine["x-unit"] === "mg/dL" && creatinine["x-accepts"].includes("µmol/L"), creatinine);

const calculated = await client.callTool({ name: "calculate", arguments: { calculator: 2, entities: cockcroftGault } });
check("calculate Cockcroft-Gault", !calculated.isError && calculated.structuredContent.value === 50.21
  && calculated.structuredContent.unit === "mL/min" && text(calculated).includes("50.21 mL/min"), calculated);

// A chest X-ray index: found by clinical words, described and calculated; the SDK checks each structured result
// against its tool's outputSchema. AP view, CTR 109 / 200 = 0.545, rounded as numpy rounds to 0.55: the AP threshold.
const heart = await client.callTool({ name: "find_calculators", arguments: { query: "heart size on chest x-ray" } });
check("find_calculators 'heart size on chest x-ray'", heart.structuredContent.matches[0].id === "cardiomegaly", heart);
const ctrInputs = await client.callTool({ name: "describe_calculator", arguments: { calculator: "cardiomegaly" } });
check("describe_calculator on an index", ctrInputs.structuredContent.input_schema.required.includes("heart_xmin"), ctrInputs);
const ctr = await client.callTool({
  name: "calculate",
  arguments: { calculator: "cardiomegaly", entities: { viewposition: "AP", heart_xmin: 0, heart_xmax: 109, lung_xmin: 0, lung_xmax: 200 } },
});
check("calculate cardiomegaly", !ctr.isError && ctr.structuredContent.value === 0.55 && ctr.structuredContent.label === 1
  && ctr.structuredContent.accepted_answers.join(" ") === "yes no", ctr);

const right = await client.callTool({
  name: "grade_answer",
  arguments: { calculator: "cockcroft-gault", reference_entities: cockcroftGault, answer: "about 50.2 mL/min" },
});
check("grade_answer right answer", right.structuredContent.correct === true, right.structuredContent);

const wrong = await client.callTool({
  name: "grade_answer",
  arguments: {
    calculator: "cockcroft-gault", reference_entities: cockcroftGault, answer: "42.6",
    model_entities: { ...cockcroftGault, creatinine: [1.6, "mg/dL"] },
  },
});
check("grade_answer extraction error", wrong.structuredContent.error_type === "extraction_error", wrong.structuredContent);

const badUnit = await client.callTool({
  name: "calculate", arguments: { calculator: "cockcroft-gault", entities: { ...cockcroftGault, creatinine: [120, "mmHg"] } },
});
check("unknown unit is an error result naming the field", badUnit.isError === true && text(badUnit).includes("creatinine")
  && text(badUnit).includes("µmol/L"), text(badUnit));

const missing = await client.callTool({ name: "calculate", arguments: { calculator: "bmi", entities: { weight: [70, "kg"] } } });
check("missing entity is an error result naming the field", missing.isError === true && text(missing).includes("height: missing"),
  text(missing));

const wrongType = await client.callTool({ name: "calculate", arguments: { calculator: "bmi", entities: "70 kg" } });
check("wrong argument type is an error result naming the field", wrongType.isError === true
  && text(wrongType).includes("entities: string found, object expected"), text(wrongType));

try {
  await client.callTool({ name: "no_such_tool", arguments: {} });
  check("unknown tool is a JSON-RPC error", false, "no error");
} catch (e) {
  check("unknown tool is JSON-RPC error -32602", e instanceof McpError && e.code === -32602 && e.message.includes("no_such_tool"),
    String(e));
}

if (names.includes("calculate_cockcroft_gault")) {
  const own = tools.find((t) => t.name === "calculate_cockcroft_gault");
  check("per-calculator tool has its own input schema", own.inputSchema.required.includes("creatinine"), own.inputSchema);
  const result = await client.callTool({ name: "calculate_cockcroft_gault", arguments: cockcroftGault });
  check("per-calculator tool calculates", result.structuredContent.value === 50.21, result.structuredContent);
}

await client.ping();
check("still answering", true);
await client.close();
