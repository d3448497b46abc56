/** `exception`: an error box, with as much detail as `client.showErrorDetails` allows. */
import { useContext, type ReactNode } from "react";
import { SettingsContext } from "../../render/context";
import type { PropsOf } from "../../render/types";
import { AlertBox } from "../success/alert";
import "./exception.css";

export const GENERIC_MESSAGE =
  "This app has encountered an error. The original error message is hidden to keep the app secure; the app's logs have the details.";

export default function Exception({ props }: PropsOf<"exception">): ReactNode {
  const { showErrorDetails: level } = useContext(SettingsContext);
  const kind = props.is_warning ? "warning" : "error";
  if (level === "none") {
    return (
      <AlertBox kind={kind}>
        <p className="rill-exception-generic">{GENERIC_MESSAGE}</p>
      </AlertBox>
    );
  }
  const showMessage = level === "full";
  const showTrace =
    (level === "full" || level === "stacktrace") && (props.traceback?.length ?? 0) > 0;
  return (
    <AlertBox kind={kind}>
      <div className="rill-exception">
        <p className="rill-exception-head">
          <strong className="rill-exception-type">{props.type}</strong>
          {showMessage && props.message ? (
            <span className="rill-exception-message">: {props.message}</span>
          ) : null}
        </p>
        {showTrace ? (
          <>
            <p className="rill-exception-label">Traceback:</p>
            {/* Focusable, so that a long traceback can be scrolled from the keyboard too. */}
            <pre className="rill-exception-trace" tabIndex={0}>
              <code>{props.traceback?.join("\n")}</code>
            </pre>
          </>
        ) : null}
      </div>
    </AlertBox>
  );
}
