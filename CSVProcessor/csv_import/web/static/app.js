// The import page's only script: the drop zone, and the progress polled from the JSON API.
// Every step works without it (forms); no library, no build step.
"use strict";

const FINAL = ["done", "done_with_failures", "failed", "interrupted", "undone"];  // stalled may recover
const COUNTS = ["rows", "accepted", "rejected", "enqueued", "stored", "inserted", "updated",
  "unchanged", "failed", "pending"];

function dropZone() {
  const drop = document.getElementById("drop");
  const input = document.getElementById("file");
  if (!drop || !input) return;
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      document.getElementById("upload").submit();
    }
  });
}

function show(id, value) {
  const cell = document.getElementById(id);
  if (cell) cell.textContent = value === null || value === undefined ? "?" : String(value);
}

function progress() {
  const box = document.getElementById("progress");
  if (!box || box.dataset.final === "yes") return;
  const id = box.dataset.id;
  let first = null;  // [time, done] of the first answer: the rate since then
  async function poll() {
    let view;
    try {
      const response = await fetch(`/api/imports/${encodeURIComponent(id)}`,
        { headers: { Accept: "application/json" }, credentials: "same-origin" });
      view = await response.json();
      if (!response.ok) throw new Error(view.error || response.statusText);
    } catch (error) {
      show("rate", `(progress unavailable: ${error.message}; retrying)`);
      setTimeout(poll, 3000);
      return;
    }
    COUNTS.forEach((name) => show(`c-${name}`, view[name]));
    const state = document.getElementById("state");
    state.textContent = view.state;
    state.className = `state ${view.state}`;
    const done = (view.stored || 0) + (view.failed || 0);
    const bar = document.getElementById("bar");
    bar.max = view.enqueued || Number(box.dataset.expected) || 1;  // the preview's, until known
    bar.value = done;
    const now = Date.now() / 1000;
    if (first === null) first = [now, done];
    const rate = now > first[0] ? (done - first[1]) / (now - first[0]) : 0;
    const left = (view.enqueued || Number(box.dataset.expected) || 0) - done;
    show("rate", rate > 0 ? `${Math.round(rate)} rows/s, about ${Math.ceil(left / rate)} s left` : "");
    if (FINAL.includes(view.state)) {
      window.location.reload();  // the final summary, the rejects and undo, from the server
      return;
    }
    setTimeout(poll, 1000);
  }
  poll();
}

document.addEventListener("DOMContentLoaded", () => { dropZone(); progress(); });
