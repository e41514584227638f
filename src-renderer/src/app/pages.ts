export const PAGES = [
  { id: 'playground', label: 'Playground' },
  { id: 'keys', label: 'Keys' },
  { id: 'prices', label: 'Models & Prices' },
  { id: 'plan', label: 'Plan' },
  { id: 'history', label: 'History' },
  { id: 'spending', label: 'Spending' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];
