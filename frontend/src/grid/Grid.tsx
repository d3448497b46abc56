/**
 * The canvas grid behind st.dataframe and st.data_editor (glide-data-grid): virtual
 * scrolling, pinned columns, sorting by header, resizing, search, copy, CSV download, full
 * screen, selections and editing, themed from rill's variables, with glide's accessible table
 * (named, and labelled cells) behind the canvas for assistive tech and keyboard use.
 */
import "@glideapps/glide-data-grid/dist/index.css";
import {
  DataEditor,
  type DataEditorRef,
  type GridColumn as GlideColumn,
  type GridMouseEventArgs,
  type Rectangle,
} from "@glideapps/glide-data-grid";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from "react";
import { decodeFrame, type Frame } from "./arrow";
import { layoutColumns, NO_OVERRIDES, orderedColumns, type ColumnOverrides } from "./columns";
import { CUSTOM_RENDERERS } from "./custom";
import { useCsvDownload } from "./useCsvDownload";
import { HeaderHelp, HeaderMenu, nextSort, type Anchor } from "./HeaderMenu";
import { autoWidths, gridHeight, useWidth } from "./sizing";
import type { Sort } from "./paging";
import { selectionOptions, type IncomingSelection } from "./selection";
import { useGridTheme } from "./theme";
import { Toolbar } from "./Toolbar";
import type { GridInputProps, SelectionState } from "./types";
import { useEditing } from "./useEditing";
import { useGridData } from "./useGridData";
import { useEdits, type Editing } from "./useEdits";
import { EMPTY, useSelection } from "./useSelection";
import { ensurePortal, useAccessibleNames, useEscape } from "./dom";
import "./grid.css";

export interface GridProps {
  props: GridInputProps;
  /** Accessible name of the grid ("Dataframe", "Data editor"). */
  name: string;
  /** Called with a new selection (dataframe with selections on). */
  onSelection?: (value: SelectionState) => void;
  /** The selection the server holds (a dataframe with selections on). */
  selected?: IncomingSelection | null;
  /** data_editor: the editing state to start from, and where each change goes. */
  editing?: Editing;
}

export function Grid(p: GridProps): ReactNode {
  const decoded = useMemo((): Frame | Error => {
    try {
      const frame = decodeFrame(p.props.data ?? new Uint8Array());
      // Arrow reads bytes that are not a stream as an empty table rather than failing.
      if (frame.fields.length === 0 && (p.props.columns ?? []).length > 0) {
        return new Error("the data holds none of its columns");
      }
      return frame;
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [p.props.data, p.props.columns]);
  if (decoded instanceof Error) {
    return (
      <div className="rill-notice" role="alert">
        This table could not be read: {decoded.message}
      </div>
    );
  }
  return <GridView {...p} frame={decoded} />;
}

function categoriesOf(frame: Frame): (field: string) => string[] | undefined {
  return (field) => {
    const dict = frame.table.getChild(field)?.data[0]?.dictionary;
    return dict ? Array.from(dict.toArray() as ArrayLike<unknown>, String) : undefined;
  };
}

function GridView({
  props,
  name,
  onSelection,
  selected,
  editing,
  frame,
}: GridProps & { frame: Frame }): ReactNode {
  const wrapRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<DataEditorRef>(null);
  const theme = useGridTheme(wrapRef);
  const width = useWidth(wrapRef);
  const [overrides, setOverrides] = useState<ColumnOverrides>(NO_OVERRIDES);
  const [sort, setSort] = useState<Sort | null>(null);
  const [search, setSearch] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [menu, setMenu] = useState<{ col: number; anchor: Anchor } | null>(null);
  const [help, setHelp] = useState<{ col: number; anchor: Anchor } | null>(null);
  useEffect(ensurePortal, []);

  const input = useMemo(
    () => ({
      columns: props.columns ?? [],
      columnOrder: props.column_order,
      hideIndex: props.hide_index,
      fields: frame.fields,
      categories: categoriesOf(frame),
    }),
    [props.columns, props.column_order, props.hide_index, frame],
  );
  const allColumns = useMemo(() => layoutColumns(input).columns, [input]);
  const layout = useMemo(() => layoutColumns(input, overrides), [input, overrides]);
  const columns = layout.columns;

  const [edits, setEdits] = useEdits(editing, allColumns);

  const data = useGridData({ props, frame, columns, sort, edits, theme });
  const edit = useEditing({
    edits,
    setEdits,
    data,
    columns,
    allColumns,
    numRows: props.num_rows,
    disabled: props.disabled,
  });

  const modes = useMemo(() => selectionOptions(props.selection_mode), [props.selection_mode]);
  const rowSelect = modes.rows ? modes.rowSelect : edit.canDelete ? "multi" : "none";
  const rowMarkers = modes.rowMarkers || edit.canDelete;

  const widths = useMemo(
    () =>
      autoWidths(
        columns,
        { rows: Math.min(data.rows, frame.numRows), total: data.rows, value: data.value },
        theme?.fontFamily ?? "sans-serif",
        props.placeholder,
      ),
    // Measured once per frame and column set (not on every scroll or edit).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, frame, theme?.fontFamily],
  );
  const stretch = (props.width ?? "stretch") === "stretch";
  const glideColumns = useMemo(
    (): GlideColumn[] =>
      columns.map((c) => {
        const arrow = sort?.field === c.field ? (sort.order === "asc" ? " ↑" : " ↓") : "";
        return {
          id: c.field,
          title: `${c.title}${arrow}`,
          width: c.width ?? widths[c.field] ?? 120,
          hasMenu: true,
          grow: stretch && c.width === undefined && c.spec.kind !== "index" ? 1 : undefined,
        };
      }),
    [columns, sort, widths, stretch],
  );

  const { selection, setSelection, onSelectionChange, clearRows } = useSelection({
    onSelection,
    selected,
    columns,
    data,
    modes,
    sort,
  });
  const changeSort = useCallback(
    (next: Sort | null) => {
      setSort(next);
      clearRows();
    },
    [clearRows],
  );

  const local = useCallback((r: Rectangle): Anchor => {
    const box = wrapRef.current?.getBoundingClientRect();
    return {
      x: r.x - (box?.left ?? 0),
      y: r.y - (box?.top ?? 0),
      width: r.width,
      height: r.height,
    };
  }, []);

  const onItemHovered = useCallback(
    (args: GridMouseEventArgs) => {
      const c = args.kind === "header" ? args.location[0] : -1;
      const text = c >= 0 ? columns[c]?.spec.help : null;
      const bounds = args.kind === "header" ? args.bounds : null;
      setHelp((h) =>
        text && bounds ? (h?.col === c ? h : { col: c, anchor: local(bounds) }) : null,
      );
    },
    [columns, local],
  );

  // Shift+F10 or the menu key on a cell opens its column's menu (sort, pin, hide, help): the
  // header's menu button is drawn on the canvas, out of the keyboard's reach.
  const onKeyDownCapture = useCallback(
    (e: ReactKeyboardEvent) => {
      if (!((e.key === "F10" && e.shiftKey) || e.key === "ContextMenu")) return;
      const col = selection.current?.cell[0] ?? 0;
      if (!columns[col]) return;
      e.preventDefault();
      e.stopPropagation();
      const box = wrapRef.current?.getBoundingClientRect();
      const bounds = gridRef.current?.getBounds(col, -1);
      setMenu({
        col,
        anchor: bounds ? local(bounds) : { x: 0, y: 0, width: box?.width ?? 0, height: 35 },
      });
    },
    [selection, columns, local],
  );

  const { showing, getCellContent, cache } = data;
  const onVisibleRegionChanged = useCallback(
    (range: Rectangle) => {
      const margin = Math.max(range.height * 2, 100);
      showing(Math.max(0, range.y - margin), range.y + range.height + margin);
    },
    [showing],
  );

  const getCellsForSelection = useCallback(
    (rect: Rectangle, signal: AbortSignal) => {
      const read = () =>
        Array.from({ length: rect.height }, (_, i) =>
          Array.from({ length: rect.width }, (_, j) => getCellContent([rect.x + j, rect.y + i])),
        );
      if (!cache || cache.has(rect.y, rect.y + rect.height)) return read();
      return async () => {
        await cache.ensure(rect.y, rect.y + rect.height, () => {
          if (signal.aborted) throw new Error("aborted");
        });
        return read();
      };
    },
    [getCellContent, cache],
  );

  const csv = useCsvDownload(columns, data);

  useAccessibleNames(wrapRef, name, theme);
  const leaveFullscreen = useCallback(() => setFullscreen(false), []);
  useEscape(fullscreen, leaveFullscreen);

  const rowHeight = props.row_height ?? 35;
  const totalWidth =
    glideColumns.reduce((n, c) => n + ("width" in c ? c.width : 0), 0) + (rowMarkers ? 40 : 0) + 2;
  const height = gridHeight({
    setting: props.height,
    rows: data.rows + (edit.canAdd ? 1 : 0),
    rowHeight,
    headerHeight: 35,
    scrollbar: width > 0 && totalWidth > width,
  });
  const widthStyle =
    typeof props.width === "number"
      ? `${props.width}px`
      : props.width === "content"
        ? `${totalWidth}px`
        : "100%";
  const menuCol = menu ? (columns[menu.col] ?? null) : null;
  // Back to the grid when the menu closes (Mantine would return focus to its anchor: none).
  const closeMenu = (): void => {
    setMenu(null);
    requestAnimationFrame(() => gridRef.current?.focus());
  };
  const hideable = useMemo(() => orderedColumns(input), [input]);
  const toggleColumn = (field: string, shown: boolean): void =>
    setOverrides((o) => ({ ...o, hidden: { ...o.hidden, [field]: !shown } }));
  const firstEditable = Math.max(
    0,
    columns.findIndex((c) => data.editable(c, data.rows)),
  );

  return (
    <div
      ref={wrapRef}
      className="rill-grid"
      data-fullscreen={fullscreen || undefined}
      role="region"
      aria-label={name}
      style={fullscreen ? undefined : { width: widthStyle, maxWidth: "100%" }}
    >
      <Toolbar
        columns={hideable}
        hidden={overrides.hidden}
        onToggleColumn={toggleColumn}
        onDownload={csv.download}
        downloading={csv.progress}
        onSearch={() => setSearch((s) => !s)}
        fullscreen={fullscreen}
        onFullscreen={() => setFullscreen((f) => !f)}
        onAddRow={edit.canAdd ? () => void gridRef.current?.appendRow(firstEditable) : undefined}
        onDeleteRows={
          edit.canDelete && selection.rows.length > 0
            ? () => {
                edit.deleteRows(selection.rows);
                setSelection(EMPTY);
              }
            : undefined
        }
      />
      <div
        className="rill-grid-canvas"
        style={fullscreen ? { height: "100%" } : { height: height.css, minHeight: height.min }}
        data-testid="rill-grid"
        onKeyDownCapture={onKeyDownCapture}
        data-rows={data.rows}
      >
        {theme ? (
          <DataEditor
            ref={gridRef}
            columns={glideColumns}
            rows={data.rows}
            getCellContent={data.getCellContent}
            getCellsForSelection={getCellsForSelection}
            customRenderers={CUSTOM_RENDERERS}
            theme={theme}
            width="100%"
            height="100%"
            rowHeight={rowHeight}
            headerHeight={35}
            freezeColumns={layout.frozen}
            smoothScrollX
            smoothScrollY
            rowMarkers={rowMarkers ? { kind: "checkbox-visible", checkboxStyle: "square" } : "none"}
            rowSelect={rowSelect}
            rowSelectionMode="multi"
            columnSelect={modes.columnSelect}
            rangeSelect={modes.rangeSelect}
            rowSelectionBlending="mixed"
            columnSelectionBlending="mixed"
            rangeSelectionBlending={modes.cells ? "mixed" : "exclusive"}
            gridSelection={selection}
            onGridSelectionChange={onSelectionChange}
            onHeaderClicked={(col, e) => {
              if (modes.columns) return;
              e.preventDefault();
              const c = columns[col];
              if (c) changeSort(nextSort(sort, c.field));
            }}
            onHeaderMenuClick={(col, bounds) => setMenu({ col, anchor: local(bounds) })}
            onItemHovered={onItemHovered}
            onColumnResize={(column, size) =>
              setOverrides((o) => ({ ...o, widths: { ...o.widths, [String(column.id)]: size } }))
            }
            onVisibleRegionChanged={onVisibleRegionChanged}
            showSearch={search}
            onSearchClose={() => setSearch(false)}
            keybindings={{ search: true, selectAll: true, copy: true }}
            onCellsEdited={edits ? edit.onCellsEdited : undefined}
            validateCell={edits ? edit.validateCell : undefined}
            onPaste={edits ? edit.onPaste : false}
            onDelete={edits ? edit.onDelete : () => false}
            onRowAppended={edit.onRowAppended}
            trailingRowOptions={
              edit.canAdd
                ? { hint: "Add row", sticky: false, tint: true, targetColumn: firstEditable }
                : undefined
            }
            maxColumnWidth={1000}
            maxColumnAutoWidth={500}
          />
        ) : null}
      </div>
      {edit.rejected ? (
        <div className="rill-grid-error" role="alert">
          {edit.rejected.message}
        </div>
      ) : null}
      {data.cache?.error ? (
        <div className="rill-grid-error" role="status">
          Could not load rows ({data.cache.error}).
        </div>
      ) : null}
      <HeaderHelp
        text={help ? (columns[help.col]?.spec.help ?? null) : null}
        anchor={help?.anchor ?? null}
      />
      <HeaderMenu
        column={menuCol}
        anchor={menu?.anchor ?? null}
        sort={sort}
        onClose={closeMenu}
        onSort={(s) => {
          changeSort(s);
          closeMenu();
        }}
        onPin={(pinned) => {
          if (menuCol)
            setOverrides((o) => ({ ...o, pinned: { ...o.pinned, [menuCol.field]: pinned } }));
          closeMenu();
        }}
        onHide={() => {
          if (menuCol) toggleColumn(menuCol.field, false);
          closeMenu();
        }}
      />
    </div>
  );
}
