// Sends the server what a broken or hostile client might, in raw JSON-RPC, and checks that each gets its answer
// and that the server still answers afterwards: a line or body that is not JSON, a 10 MB message, an unknown method,
// an unknown tool, arguments of the wrong type; over HTTP also 200 concurrent calls. Exits 1 on the first failure.
// Needs nothing but Node.
//
//   node robustness.mjs stdio java -jar target/clinigrade.jar serve
//   node robustness.mjs http http://127.0.0.1:PORT/mcp
import { spawn } from "node:child_process";

const [mode, ...target] = process.argv.slice(2);

function check(name, ok, detail) {
  if (!ok) {
    console.error(`FAIL ${mode} ${name}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`ok   ${mode} ${name}`);
}

const request = (id, method, params) => JSON.stringify({ jsonrpc: "2.0", id, method, params });
const call = (id, name, args) => request(id, "tools/call", { name, arguments: args });
const initialize = request(1, "initialize", { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "robustness", version: "1" } });
const initialized = JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" });
const cockcroftGault = {
  calculator: "cockcroft-gault",
  entities: { age: [74, "years"], sex: "Male", weight: [176, "lbs"], height: [5, "ft", 9, "in"], creatinine: [120, "µmol/L"] },
};

// each bad message, and what must come back for it (the response with its id, or with id null)
const bad = [
  ["not JSON", "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": ", null, (r) => r.error?.code === -32700],
  ["10 MB message", request(3, "ping", { pad: "x".repeat(10 << 20) }), 3, (r) => r.error?.code === -32600],
  ["unknown method", request(4, "calculators/list"), 4, (r) => r.error?.code === -32601],
  ["unknown tool", call(5, "calc", {}), 5, (r) => r.error?.code === -32602 && r.error.message.includes("'calc'")],
  ["arguments not an object", request(6, "tools/call", { name: "calculate", arguments: "bmi" }), 6, (r) => r.error?.code === -32602],
  ["entities of the wrong type", call(7, "calculate", { calculator: "bmi", entities: "70 kg" }), 7,
    (r) => r.result?.isError === true && r.result.content[0].text === "invalid input: entities: string found, object expected"],
  ["entity of the wrong type", call(8, "calculate", { calculator: "bmi", entities: { weight: true, height: [175, "cm"] } }), 8,
    (r) => r.result?.isError === true && r.result.content[0].text.startsWith("invalid input: weight: expected a number")],
];
const after = [
  ["still lists its tools", request(9, "tools/list"), 9, (r) => r.result?.tools?.length >= 4],
  ["still calculates", call(10, "calculate", cockcroftGault), 10, (r) => r.result?.structuredContent?.value === 50.21],
];

async function stdio() {
  const server = spawn(target[0], target.slice(1), { stdio: ["pipe", "pipe", "inherit"] });
  const responses = new Map();
  let buffer = "";
  let waiting = null;
  server.stdout.on("data", (chunk) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop();
    for (const line of lines) {
      const message = JSON.parse(line);
      responses.set(message.id, message);
    }
    if (waiting) waiting();
  });
  const exited = new Promise((resolve) => server.on("exit", resolve));
  const response = async (id) => {
    const deadline = Date.now() + 30000;
    while (!responses.has(id) && Date.now() < deadline) await new Promise((resolve) => { waiting = resolve; setTimeout(resolve, 100); });
    return responses.get(id);
  };
  server.stdin.write(initialize + "\n" + initialized + "\n");
  check("initialize", (await response(1))?.result?.protocolVersion === "2025-11-25", responses.get(1));
  for (const [name, line, id, ok] of [...bad, ...after]) {
    server.stdin.write(line + "\n");
    const r = await response(id);
    check(name, r && ok(r), r);
  }
  server.stdin.end();
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 15000).unref())]);
  check("exits when its input closes", code === 0, code);
}

async function http() {
  const url = target[0];
  const headers = { "Content-Type": "application/json", Accept: "application/json, text/event-stream", "MCP-Protocol-Version": "2025-11-25" };
  const post = async (body) => {
    const response = await fetch(url, { method: "POST", headers, body });
    const text = await response.text();
    const data = response.headers.get("content-type")?.startsWith("text/event-stream")
      ? text.split("\n").find((line) => line.startsWith("data:")).slice(5) : text;
    return { status: response.status, message: data ? JSON.parse(data) : null, session: response.headers.get("mcp-session-id") };
  };
  const init = await post(initialize);
  check("initialize", init.message?.result?.protocolVersion === "2025-11-25", init);
  headers["Mcp-Session-Id"] = init.session;
  check("initialized", (await post(initialized)).status === 202, "");
  const statuses = { "not JSON": 400, "10 MB message": 413 };
  for (const [name, body, , ok] of [...bad, ...after]) {
    const { status, message } = await post(body);
    check(name, ok(message) && (statuses[name] ?? 200) === status, { status, message });
  }
  const concurrent = await Promise.all(Array.from({ length: 200 }, (_, i) =>
    post(call(100 + i, "calculate", { calculator: "bmi", entities: { weight: [40 + i, "kg"], height: [175, "cm"] } }))));
  // BMI = weight / (1.75 m)², to the calculator's 3 decimals
  const wrong = concurrent.filter(({ message }, i) => message.id !== 100 + i
    || message.result.structuredContent.value !== Math.round(((40 + i) / (1.75 * 1.75)) * 1000) / 1000);
  check("200 concurrent calls, each its own right answer", wrong.length === 0, wrong.slice(0, 2));
  for (const [name, body, , ok] of after) check(`${name} after them`, ok((await post(body)).message), name);
}

await (mode === "http" ? http() : stdio());
