/** The top-right menu: rerun, settings, print, about and the developer items. */
import { Menu, Modal, SegmentedControl, Switch, Text } from "@mantine/core";
import { useEffect, useState, type ReactNode } from "react";
import { useStore } from "../core/store";
import { Markdown } from "../markdown/Markdown";
import { IconMenu } from "../render/icons";
import { useApp } from "./AppContext";
import { menuItem } from "./pageConfig";
import type { ThemeChoice } from "./preferences";

export type ToolbarLevel = "minimal" | "viewer" | "developer";

export function toolbarLevel(mode: string, developer: boolean): ToolbarLevel {
  if (mode === "minimal" || mode === "viewer" || mode === "developer") return mode;
  return developer ? "developer" : "viewer";
}

/** Typing in a field must not trigger single-key shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function Shortcut({ keys }: { keys: string }): ReactNode {
  return <kbd className="rill-kbd">{keys}</kbd>;
}

export function SettingsModal({
  opened,
  onClose,
  level,
}: {
  opened: boolean;
  onClose: () => void;
  level: ToolbarLevel;
}): ReactNode {
  const { store, session, preferences, setPreferences, hasCustomTheme } = useApp();
  const runOnSave = useStore(store, (s) => s.runOnSave);
  const layout = useStore(store, (s) => s.pageConfig.layout);
  const wide = preferences.wide ?? layout === "wide";
  const choice: ThemeChoice = preferences.theme ?? (hasCustomTheme ? "custom" : "system");
  const themes = [
    { value: "system", label: "Use system setting" },
    { value: "light", label: "Light" },
    { value: "dark", label: "Dark" },
    ...(hasCustomTheme ? [{ value: "custom", label: "Custom theme" }] : []),
  ];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Settings"
      centered
      size="md"
      classNames={{ title: "rill-modal-title" }}
    >
      <div className="rill-settings">
        {level === "developer" ? (
          <section>
            <Text fw={600} size="sm" mb={6}>
              Development
            </Text>
            <Switch
              label="Run on save"
              description="Rerun the app automatically when its source files change."
              checked={runOnSave}
              onChange={(e) => session.setRunOnSave(e.currentTarget.checked)}
            />
          </section>
        ) : null}
        <section>
          <Text fw={600} size="sm" mb={6}>
            Appearance
          </Text>
          <Switch
            label="Wide mode"
            description="Use the full width of the window for the app."
            checked={wide}
            onChange={(e) => setPreferences({ wide: e.currentTarget.checked })}
          />
        </section>
        <section>
          <Text fw={600} size="sm" mb={6} id="rill-theme-label">
            Choose app theme, colors and fonts
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="rill-theme-label"
            data={themes}
            value={choice}
            onChange={(v) => setPreferences({ theme: v as ThemeChoice })}
          />
        </section>
      </div>
    </Modal>
  );
}

export function AboutModal({
  opened,
  onClose,
  text,
}: {
  opened: boolean;
  onClose: () => void;
  text: string;
}): ReactNode {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="About"
      centered
      classNames={{ title: "rill-modal-title" }}
    >
      <Markdown body={text} className="rill-about" />
    </Modal>
  );
}

export function MainMenu(): ReactNode {
  const { store, session } = useApp();
  const settings = useStore(store, (s) => s.settings);
  const items = useStore(store, (s) => s.pageConfig.menu_items);
  const appName = useStore(store, (s) => s.appName);
  const level = toolbarLevel(settings.toolbar_mode, settings.developer);
  const [modal, setModal] = useState<"settings" | "about" | null>(null);

  const rerun = (): void => session.rerun();
  const clearCache = (): void => session.clearCache();

  useEffect(() => {
    if (level === "minimal") return;
    const onKey = (e: KeyboardEvent): void => {
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        isTyping(e.target) ||
        document.querySelector("[role=dialog]")
      )
        return;
      const key = e.key.toLowerCase();
      if (key === "r") {
        e.preventDefault();
        session.rerun();
      } else if (key === "c" && level === "developer") {
        e.preventDefault();
        session.clearCache();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [level, session]);

  const help = menuItem(items, "get_help");
  const bug = menuItem(items, "report_a_bug");
  const about = menuItem(items, "about");
  const aboutText = about ?? `${appName ? `**${appName}**\n\n` : ""}Made with rill.`;
  const showAbout = level !== "minimal" ? about !== null : typeof about === "string";

  const entries: ReactNode[] = [];
  if (level !== "minimal") {
    entries.push(
      <Menu.Item key="rerun" onClick={rerun} rightSection={<Shortcut keys="R" />}>
        Rerun
      </Menu.Item>,
      <Menu.Item key="settings" onClick={() => setModal("settings")}>
        Settings
      </Menu.Item>,
      <Menu.Item key="print" onClick={() => window.print()}>
        Print
      </Menu.Item>,
    );
  }
  if (help) {
    entries.push(
      <Menu.Item key="help" component="a" href={help} target="_blank" rel="noopener noreferrer">
        Get help
      </Menu.Item>,
    );
  }
  if (bug) {
    entries.push(
      <Menu.Item key="bug" component="a" href={bug} target="_blank" rel="noopener noreferrer">
        Report a bug
      </Menu.Item>,
    );
  }
  if (showAbout) {
    entries.push(
      <Menu.Item key="about" onClick={() => setModal("about")}>
        About
      </Menu.Item>,
    );
  }
  if (level === "developer") {
    entries.push(
      <Menu.Divider key="dev-divider" />,
      <Menu.Label key="dev-label">Developer</Menu.Label>,
      <Menu.Item key="clear" onClick={clearCache} rightSection={<Shortcut keys="C" />}>
        Clear cache
      </Menu.Item>,
    );
  }
  if (entries.length === 0) return null;

  return (
    <>
      <Menu position="bottom-end" width={220} shadow="lg" withinPortal>
        <Menu.Target>
          <button type="button" className="rill-icon-button" aria-label="Main menu">
            <IconMenu />
          </button>
        </Menu.Target>
        <Menu.Dropdown>{entries}</Menu.Dropdown>
      </Menu>
      <SettingsModal opened={modal === "settings"} onClose={() => setModal(null)} level={level} />
      <AboutModal opened={modal === "about"} onClose={() => setModal(null)} text={aboutText} />
    </>
  );
}
