/**
 * Local state of a widget, reconciled with the server's `value` prop.
 *
 * The server is the source of truth: whenever a delta rewrites the widget (its `rev` changes)
 * the widget shows the server's value again, unless the person is mid-edit (a value typed but
 * not committed yet) or the widget's form holds an unsent value for it. Committing a value
 * counts as the server's new value, so that a server that answers with a different value (a
 * `clear_on_submit` form, a session_state assignment) is shown even when it equals an older one.
 */
import { useCallback, useContext, useEffect, useRef, useState } from "react";
import type { TreeNode } from "../core/tree";
import { FormContext, FragmentContext, useWidgets } from "./context";

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export interface Widget<T> {
  value: T;
  /** Change the shown value without sending it (typing). */
  edit: (value: T) => void;
  /** Change and send the value (or hold it in the form). */
  commit: (value: T) => void;
  /** Send the current value if it was edited since the last commit. */
  flush: () => void;
  /** Enter pressed: submit the enclosing form when it allows that; true if it did. */
  submitForm: () => boolean;
  formId: string | null;
  disabled: boolean;
  /** The shown value differs from the last one sent (or received). */
  dirty: boolean;
}

export function useWidget<T>(node: TreeNode, serverValue: T): Widget<T> {
  const manager = useWidgets();
  const form = useContext(FormContext);
  const fragment = useContext(FragmentContext);
  const formId = (node.props.form_id as string | null | undefined) ?? form?.formId ?? null;
  const id = node.id ?? "";
  const [value, setValue] = useState<T>(serverValue);
  const baseline = useRef<T>(serverValue);
  const local = useRef<T>(value);
  const server = useRef<T>(serverValue);
  local.current = value;
  server.current = serverValue;

  useEffect(() => {
    const incoming = server.current;
    if (manager.isHeld(id, formId) || !same(local.current, baseline.current)) return;
    baseline.current = incoming;
    if (!same(local.current, incoming)) setValue(incoming);
  }, [node.rev, manager, id, formId]);

  const commit = useCallback(
    (next: T) => {
      setValue(next);
      local.current = next;
      baseline.current = next;
      manager.setValue(id, next, formId, fragment);
    },
    [manager, id, formId, fragment],
  );

  const flush = useCallback(() => {
    if (!same(local.current, baseline.current)) commit(local.current);
  }, [commit]);

  const submitForm = useCallback((): boolean => {
    if (!formId || !form?.enterToSubmit) return false;
    flush();
    return manager.submitByEnter(formId, fragment);
  }, [manager, formId, form, fragment, flush]);

  return {
    value,
    edit: setValue,
    commit,
    flush,
    submitForm,
    formId,
    disabled: node.props.disabled === true,
    dirty: !same(value, baseline.current),
  };
}
