// Measures the MCP server on the fat jar: time from process start to the first tools/list answer over stdio, and
// calculate latency (p50/p99) over stdio (sequential calls) and over Streamable HTTP (concurrent clients). Every
// measurement is repeated and the median of the repeats is reported, as the machine may be busy.
//
//   npm install --prefix DIR @modelcontextprotocol/sdk@1.32.2 && cp testcases/mcp/latency.mjs DIR/
//   node DIR/latency.mjs REPO [--starts 11] [--calls 1000] [--clients 8] [--repeats 3]
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [repo, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const starts = option("starts", 11);
const calls = option("calls", 1000);
const clients = option("clients", 8);
const repeats = option("repeats", 3);

const jar = `${repo}/target/clinigrade.jar`;
const launchers = { "bin/clinigrade": [`${repo}/bin/clinigrade`], "java -jar": ["java", "-jar", jar] };
const cockcroftGault = {
  calculator: "cockcroft-gault",
  entities: { age: [74, "years"], sex: "Male", weight: [176, "lbs"], height: [5, "ft", 9, "in"], creatinine: [120, "µmol/L"] },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

// Start to first tools/list: the three messages are written at once; the clock stops at the tools/list response.
function startToToolsList(command) {
  return new Promise((resolve, reject) => {
    const begin = performance.now();
    const server = spawn(command[0], [...command.slice(1), "serve"], { stdio: ["pipe", "pipe", "ignore"] });
    let buffer = "";
    server.stdout.on("data", (chunk) => {
      buffer += chunk;
      for (const line of buffer.split("\n").slice(0, -1)) {
        if (JSON.parse(line).id === 2) {
          resolve(performance.now() - begin);
          server.stdin.end();
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
    });
    server.on("error", reject);
    server.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: {
      protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "latency", version: "1" } } }) + "\n");
    server.stdin.write(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }) + "\n");
    server.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }) + "\n");
  });
}

async function timedCalls(client, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const begin = performance.now();
    const result = await client.callTool({ name: "calculate", arguments: cockcroftGault });
    times.push(performance.now() - begin);
    if (result.structuredContent?.value !== 50.21) throw new Error(`wrong answer: ${JSON.stringify(result)}`);
  }
  return times;
}

async function stdioSeries() {
  const client = new Client({ name: "latency", version: "1" });
  await client.connect(new StdioClientTransport({ command: "java", args: ["-jar", jar, "serve"], stderr: "ignore" }));
  await client.listTools(); // the client checks structured results against the declared output schemas
  const times = await timedCalls(client, calls);
  await client.close();
  return times;
}

function httpServer() {
  return new Promise((resolve, reject) => {
    const server = spawn("java", ["-jar", jar, "serve", "--http", "127.0.0.1:0"], { stdio: ["ignore", "ignore", "pipe"] });
    server.stderr.on("data", (chunk) => {
      const url = /http:\/\/\S+\/mcp/.exec(String(chunk));
      if (url) resolve({ server, url: url[0] });
    });
    server.on("error", reject);
  });
}

async function httpSeries(url) {
  const connected = await Promise.all(Array.from({ length: clients }, async () => {
    const client = new Client({ name: "latency", version: "1" });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    await client.listTools();
    return client;
  }));
  const begin = performance.now();
  const perClient = await Promise.all(connected.map((client) => timedCalls(client, Math.ceil(calls / clients))));
  const seconds = (performance.now() - begin) / 1000;
  await Promise.all(connected.map((client) => client.close()));
  const times = perClient.flat();
  return { times, throughput: times.length / seconds };
}

const report = {};
for (const [name, command] of Object.entries(launchers)) {
  const times = [];
  for (let i = 0; i < starts; i++) times.push(await startToToolsList(command));
  report[`start to first tools/list, ${name}`] = median(times);
  console.log(`start to first tools/list (${name}), median of ${starts}: ${ms(median(times))} (range ${ms(Math.min(...times))}–${ms(Math.max(...times))})`);
}

const stdio = [];
for (let r = 0; r < repeats; r++) stdio.push(await stdioSeries());
report["stdio calculate p50"] = median(stdio.map((t) => percentile(t, 50)));
report["stdio calculate p99"] = median(stdio.map((t) => percentile(t, 99)));
console.log(`stdio calculate, ${calls} sequential calls, median of ${repeats} series: p50 ${ms(report["stdio calculate p50"])}, `
  + `p99 ${ms(report["stdio calculate p99"])} (first call of each series: ${stdio.map((t) => ms(t[0])).join(", ")})`);

const { server, url } = await httpServer();
await httpSeries(url); // warm-up: rules loaded, code compiled
const http = [];
for (let r = 0; r < repeats; r++) http.push(await httpSeries(url));
server.kill();
report["http calculate p50"] = median(http.map((h) => percentile(h.times, 50)));
report["http calculate p99"] = median(http.map((h) => percentile(h.times, 99)));
report["http calls per second"] = median(http.map((h) => h.throughput));
console.log(`http calculate, ${clients} concurrent clients, ${calls} calls, median of ${repeats} series: `
  + `p50 ${ms(report["http calculate p50"])}, p99 ${ms(report["http calculate p99"])}, ${report["http calls per second"].toFixed(0)} calls/s`);
console.log(JSON.stringify(report));
