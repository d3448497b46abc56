/** The colored message boxes: `success`, `info`, `warning`, `error`. */
import type { ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import { IconCheckCircle, IconError, IconInfo, IconWarning } from "../../render/icons";
import { EmojiIcon, isDrawableIcon } from "../../render/EmojiIcon";
import type { PropsOf } from "../../render/types";
import "./success.css";

export type AlertKind = "success" | "info" | "warning" | "error";

const ICONS = { success: IconCheckCircle, info: IconInfo, warning: IconWarning, error: IconError };
const COLORS = { success: "green", info: "blue", warning: "yellow", error: "red" };

export function AlertBox({
  kind,
  icon,
  children,
}: {
  kind: AlertKind;
  icon?: string | null;
  children: ReactNode;
}): ReactNode {
  const Icon = ICONS[kind];
  return (
    <div
      className={`rill-alert rill-alert-${COLORS[kind]}`}
      role={kind === "error" || kind === "warning" ? "alert" : "status"}
    >
      <span className="rill-alert-icon" aria-hidden="true">
        {isDrawableIcon(icon) ? <EmojiIcon icon={icon} /> : <Icon />}
      </span>
      <div className="rill-alert-body">{children}</div>
    </div>
  );
}

export function Alert({ props, kind }: PropsOf<"success"> & { kind: AlertKind }): ReactNode {
  return (
    <AlertBox kind={kind} icon={props.icon}>
      <Markdown body={props.body} />
    </AlertBox>
  );
}
