import type { zhMonths } from './zh-months.ts';

export const enMonths: typeof zhMonths = {
  fault: {
    unreachable: (file: string) => `The published data file ${file} could not be read. Check the connection and retry.`,
    http: (file: string) => `The server did not send the published data file ${file}.`,
    'not-json': (file: string) => `The published data file ${file} is not valid JSON.`,
    schema: (file: string) => `The published data file ${file} does not match the contract, so it is not shown rather than risk misleading.`,
    hash: (file: string) => `The published data file ${file} does not match the content hash in data/index.json (the file may be damaged, or was not updated with index.json), so it is not shown rather than risk misleading.`,
    mismatch: (file: string) => `The month or as-of date of the published data file ${file} is not the one data/index.json lists, so it is not shown.`,
    month: (file: string) => `The month in the link is not published in ${file}.`,
  },
  picker: {
    label: 'Month',
    newest: (month: string) => `${month} (latest)`,
    rejected: (value: string) => `The month in the link (${value}) is not a month; the latest month is shown.`,
    notPublished: (month: string) => `${month} has not been published.`,
    showNewest: 'Show the latest month',
  },
  publishedNote: (month: string) => `The projects are the published ledger of ${month}; the rest of the page is still the letter’s figures and illustrative data.`,
};
