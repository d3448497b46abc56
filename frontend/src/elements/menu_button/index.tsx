/**
 * `menu_button`: a button that opens a menu (the ARIA menu button pattern, from Mantine's
 * Menu: Enter, Space, ArrowDown or ArrowUp open it, the arrow keys move, Escape closes and
 * gives the focus back); picking an option sends its index. The label stays: the pick is a
 * one-run event, like a click.
 */
import { Button as MantineButton, Menu, Tooltip } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { EmojiIcon, isDrawableIcon } from "../../render/EmojiIcon";
import { IconChevron } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { widthStyle } from "../pills/group";
import "./menu_button.css";

const VARIANTS = { primary: "filled", secondary: "default", tertiary: "subtle" } as const;

export default function MenuButton({ props, sendValue }: PropsOf<"menu_button">): ReactNode {
  const type = props.type ?? "secondary";
  const stretch = props.width === "stretch";
  const [opened, setOpened] = useState(false);
  let button: ReactNode = (
    <MantineButton
      variant={VARIANTS[type]}
      className="rill-button rill-menu-button"
      data-type={type}
      data-wrap={props.wrap === false ? "no" : "yes"}
      disabled={props.disabled}
      fullWidth={stretch}
      style={typeof props.width === "number" ? widthStyle(props.width) : undefined}
      leftSection={isDrawableIcon(props.icon) ? <EmojiIcon icon={props.icon} /> : undefined}
      rightSection={<IconChevron className="rill-menu-button-chevron" />}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
        event.preventDefault();
        setOpened(true);
      }}
    >
      <Markdown body={props.label} inline />
    </MantineButton>
  );
  if (props.help) {
    button = (
      <Tooltip
        label={<Markdown body={props.help} inline />}
        multiline
        maw={320}
        withArrow
        openDelay={100}
      >
        {button}
      </Tooltip>
    );
  }
  return (
    <div className="rill-button-row rill-menu-button-row">
      <Menu
        opened={opened}
        onChange={setOpened}
        position="bottom-start"
        shadow="md"
        withinPortal
        // The focus goes to the first option when the menu opens, as the pattern says.
        withInitialFocusPlaceholder={false}
        disabled={props.disabled}
      >
        <Menu.Target>{button}</Menu.Target>
        <Menu.Dropdown className="rill-menu-button-menu">
          {props.options.map((option, i) => (
            <Menu.Item key={i} onClick={() => sendValue(i)}>
              <Markdown body={option} inline />
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </div>
  );
}
