import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { analyseSheet, likeliestSheet } from '../model/find-table';
import { checkRows, defaultMapping } from '../model/check-rows';
import { headerKey } from '../model/fields';
import { proposeStageMap } from '../model/stages';
import type { AmountUnit, CheckResult, EncodingChoice, FileProblem, Mapping, SheetAnalysis, StageMap, Workbook } from '../model/types';
import { LedgerFileError, readLedgerFile } from '../read/read-in-worker';
import { recall, remember } from './mapping-memory';

export type AsOfFrom = 'title' | 'file' | 'user';

/** The choices a planner makes about one sheet before importing it. */
export interface SheetChoices {
  sheet: string;
  analysis: SheetAnalysis;
  mapping: Mapping;
  stages: StageMap;
  /** Every distinct wording in the stage column, mapped or not, in first-seen order. */
  stageWords: string[];
  columnUnits: Record<number, AmountUnit>;
}

export type ImportState =
  | { phase: 'choose' }
  | { phase: 'reading'; file: File; share: number }
  | { phase: 'failed'; file: File; problem: FileProblem; detail?: string }
  | { phase: 'review'; file: File; workbook: Workbook; analyses: Record<string, SheetAnalysis | undefined> };

const isoDay = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  // The file's date as the planner's computer shows it: its local calendar day.
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

function stageTexts(workbook: Workbook, analysis: SheetAnalysis, column: number | undefined): string[] {
  if (column === undefined) return [];
  const sheet = workbook.sheets.find((s) => s.name === analysis.sheet);
  const texts: string[] = [];
  for (const row of sheet?.rows.slice(analysis.dataStart - 1) ?? []) {
    const cell = row[column];
    const text = cell ? String(cell.w ?? cell.v ?? '').trim() : '';
    if (text) texts.push(text);
  }
  return texts;
}

/** A sheet's starting choices: what the planner settled last time for these headers, else the synonyms' match. */
function initialChoices(workbook: Workbook, analysis: SheetAnalysis): SheetChoices {
  const key = headerKey(analysis.columns.map((c) => c.header));
  const known = recall(key);
  const mapping = known?.mapping ?? defaultMapping(analysis);
  const proposed = proposeStageMap(stageTexts(workbook, analysis, mapping.stage));
  return {
    sheet: analysis.sheet, analysis, mapping, stages: { ...proposed.map, ...known?.stages },
    stageWords: [...Object.keys(proposed.map), ...proposed.unknown], columnUnits: known?.columnUnits ?? {},
  };
}

/**
 * The import's steps: read the file in the worker (cancelled when the dialog closes), find each sheet's
 * table, and check the rows again whenever the planner changes a choice. Nothing here touches the
 * dashboard's data until `ledgerImport` (import-ledger.ts) runs.
 */
export function useLedgerImport() {
  const [state, setState] = useState<ImportState>({ phase: 'choose' });
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [choices, setChoices] = useState<SheetChoices | undefined>();
  const [asOf, setAsOf] = useState<{ date: string; from: AsOfFrom }>({ date: '', from: 'user' });
  const reading = useRef<AbortController | undefined>(undefined);

  // A read in flight when the dialog closes stops with it: its worker goes too.
  useEffect(() => () => reading.current?.abort(), []);

  const read = useCallback(async (file: File, choice: EncodingChoice = 'auto') => {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setEncoding(choice);
    setState({ phase: 'reading', file, share: 0 });
    try {
      const workbook = await readLedgerFile(file, choice, {
        signal: controller.signal,
        onProgress: (share) => setState((s) => (s.phase === 'reading' && s.file === file ? { ...s, share } : s)),
      });
      if (controller.signal.aborted) return;
      const analyses: Record<string, SheetAnalysis | undefined> = {};
      for (const sheet of workbook.sheets) analyses[sheet.name] = analyseSheet(sheet);
      const best = likeliestSheet(Object.values(analyses).filter((a): a is SheetAnalysis => !!a));
      // A transition: checking every row and drawing the report is rendered in slices, so a 2,000-row
      // ledger never holds the page in one long task.
      startTransition(() => {
        setChoices(best ? initialChoices(workbook, best) : undefined);
        setAsOf(best?.titleDate ? { date: best.titleDate, from: 'title' } : file.lastModified ? { date: isoDay(file.lastModified), from: 'file' } : { date: '', from: 'user' });
        setState({ phase: 'review', file, workbook, analyses });
      });
    } catch (e) {
      if (controller.signal.aborted) return;
      const problem = e instanceof LedgerFileError ? e.problem : 'unreadable';
      setState({ phase: 'failed', file, problem, detail: e instanceof LedgerFileError ? e.detail : undefined });
    }
  }, []);

  const chooseSheet = useCallback((name: string) => {
    if (state.phase !== 'review') return;
    const analysis = state.analyses[name];
    startTransition(() => {
      setChoices(analysis ? initialChoices(state.workbook, analysis) : undefined);
      if (analysis?.titleDate) setAsOf({ date: analysis.titleDate, from: 'title' });
    });
  }, [state]);

  const update = useCallback((change: Partial<Pick<SheetChoices, 'mapping' | 'stages' | 'columnUnits'>>) => {
    // A choice re-checks every row: the select answers at once, the report follows.
    startTransition(() => setChoices((c) => {
      if (!c || state.phase !== 'review') return c;
      const next = { ...c, ...change };
      // A new stage column brings its own wordings; the ones already settled stay.
      if (change.mapping && change.mapping.stage !== c.mapping.stage) {
        const proposed = proposeStageMap(stageTexts(state.workbook, c.analysis, change.mapping.stage));
        next.stages = { ...proposed.map, ...c.stages };
        next.stageWords = [...Object.keys(proposed.map), ...proposed.unknown];
      }
      return next;
    }));
  }, [state]);

  const sheetData = state.phase === 'review' && choices ? state.workbook.sheets.find((s) => s.name === choices.sheet) : undefined;
  const result: CheckResult | undefined = useMemo(
    () => (sheetData && choices ? checkRows(sheetData, choices.analysis, choices.mapping, choices.stages, { columnUnits: choices.columnUnits }) : undefined),
    [sheetData, choices],
  );

  const rememberChoices = useCallback(() => {
    if (!choices) return;
    remember(headerKey(choices.analysis.columns.map((c) => c.header)), { mapping: choices.mapping, stages: choices.stages, columnUnits: choices.columnUnits });
  }, [choices]);

  const restart = useCallback(() => {
    reading.current?.abort();
    setChoices(undefined);
    setState({ phase: 'choose' });
  }, []);

  return { state, encoding, choices, asOf, setAsOf, result, read, chooseSheet, update, rememberChoices, restart };
}

export type LedgerImport = ReturnType<typeof useLedgerImport>;
