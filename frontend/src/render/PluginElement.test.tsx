import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { applyDelta, emptyRoots, nodeAt, type TreeNode } from "../core/tree";
import { WidgetManager } from "../core/widgets";
import { PluginModulesContext, WidgetContext } from "./context";
import { ElementView } from "./ElementView";

const REACT_URL = new URL("./fixtures/react-element.js", import.meta.url).pathname;
const MOUNT_URL = new URL("./fixtures/mount-element.js", import.meta.url).pathname;

beforeAll(() => {
  (window as unknown as { rill: unknown }).rill = { React, version: 1 };
});

function node(kind: string, props: Record<string, unknown>, id = "p1"): TreeNode {
  return nodeAt(applyDelta(emptyRoots(), [0, 0], { kind, props, id }, 1), [0, 0]) as TreeNode;
}

function setup(n: TreeNode) {
  const sent: Record<string, unknown>[] = [];
  const manager = new WidgetManager((w) => sent.push(w));
  const tree = (m: TreeNode) => (
    <MantineProvider>
      <WidgetContext.Provider value={manager}>
        <PluginModulesContext.Provider value={{ greeting: REACT_URL, clock: MOUNT_URL }}>
          <ElementView node={m} />
        </PluginModulesContext.Provider>
      </WidgetContext.Provider>
    </MantineProvider>
  );
  const result = render(tree(n));
  return { sent, rerender: (m: TreeNode) => result.rerender(tree(m)), unmount: result.unmount };
}

describe("plugin elements", () => {
  it("render a module's default export with the app's React and send values", async () => {
    const { sent } = setup(node("greeting", { name: "Ada" }));
    fireEvent.click(await screen.findByRole("button", { name: "Hi Ada" }));
    expect(sent).toEqual([{ p1: "Ada" }]);
  });

  it("mount framework-free modules, update them and unmount them", async () => {
    const { calls } = (await import(/* @vite-ignore */ MOUNT_URL)) as { calls: string[] };
    const { sent, rerender, unmount } = setup(node("clock", { label: "one" }));
    fireEvent.click(await screen.findByRole("button", { name: "Mounted one" }));
    expect(sent).toEqual([{ p1: 42 }]);
    rerender(node("clock", { label: "two" }));
    expect(screen.getByRole("button", { name: "Mounted two" })).toBeInTheDocument();
    unmount();
    expect(calls).toEqual(["mount", "update", "unmount"]);
  });

  it("say so for kinds nobody registered", () => {
    setup(node("mystery", {}));
    expect(screen.getByRole("note")).toHaveTextContent("Unknown element kind mystery");
  });
});
