/**
 * Widget values on their way to the server: sent at once, or held by a form until one of its
 * submit buttons is pressed and then sent together in one rerun.
 */

export type Sender = (widgets: Record<string, unknown>, fragmentId: string | null) => void;

export class WidgetManager {
  private readonly held = new Map<string, Map<string, unknown>>();
  private readonly submitButtons = new Map<string, string[]>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly send: Sender) {}

  /** Commit a widget's value: sent now, or held when the widget is inside a form. */
  setValue(id: string, value: unknown, formId: string | null, fragmentId: string | null): void {
    if (formId) {
      let values = this.held.get(formId);
      if (!values) this.held.set(formId, (values = new Map()));
      values.set(id, value);
      this.changed();
      return;
    }
    this.send({ [id]: value }, fragmentId);
  }

  /** Whether the form holds an unsent value for this widget. */
  isHeld(id: string, formId: string | null): boolean {
    return formId !== null && (this.held.get(formId)?.has(id) ?? false);
  }

  /** Number of values a form holds (for a "pending changes" hint). */
  heldCount(formId: string): number {
    return this.held.get(formId)?.size ?? 0;
  }

  /** A button was clicked: a submit button sends its form, any other button sends `true`. */
  click(id: string, formId: string | null, submit: boolean, fragmentId: string | null): void {
    if (submit && formId) return this.submit(formId, id, fragmentId);
    this.send({ [id]: true }, fragmentId);
  }

  /** Send every held value of the form plus the button's `true`, in one rerun. */
  submit(formId: string, buttonId: string, fragmentId: string | null): void {
    const values = Object.fromEntries(this.held.get(formId) ?? []);
    this.held.delete(formId);
    this.changed();
    this.send({ ...values, [buttonId]: true }, fragmentId);
  }

  /** Enter in a text input of a form: submit through its first submit button, if it has one. */
  submitByEnter(formId: string, fragmentId: string | null): boolean {
    const button = this.submitButtons.get(formId)?.[0];
    if (!button) return false;
    this.submit(formId, button, fragmentId);
    return true;
  }

  /** Rerun a fragment on its own (`run_every`). */
  rerunFragment(fragmentId: string): void {
    this.send({}, fragmentId);
  }

  /** A form's submit button is on screen; returns the function that removes it. */
  registerSubmit(formId: string, id: string): () => void {
    const list = this.submitButtons.get(formId) ?? [];
    if (!list.includes(id)) this.submitButtons.set(formId, [...list, id]);
    return () => {
      const rest = (this.submitButtons.get(formId) ?? []).filter((b) => b !== id);
      if (rest.length) this.submitButtons.set(formId, rest);
      else this.submitButtons.delete(formId);
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
