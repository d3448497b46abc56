/** React contexts shared by renderers: the widget manager, the enclosing form and fragment. */
import { createContext, useContext } from "react";
import { WidgetManager } from "../core/widgets";

export const WidgetContext = createContext<WidgetManager>(new WidgetManager(() => undefined));

export interface FormInfo {
  formId: string;
  enterToSubmit: boolean;
}

export const FormContext = createContext<FormInfo | null>(null);

/** Id of the fragment whose container encloses an element, if any. */
export const FragmentContext = createContext<string | null>(null);

/** Plugin element kinds → ES module URLs, from `new_session.elements`. */
export const PluginModulesContext = createContext<Record<string, string>>({});

/** Settings renderers need (error details). */
export const SettingsContext = createContext<{ showErrorDetails: string }>({
  showErrorDetails: "full",
});

export const useWidgets = (): WidgetManager => useContext(WidgetContext);
