/** A question bank as the bank list shows it. */
export interface BankSummary {
  id: number;
  name: string;
  description: string;
  /** Set for banks that ship with the app; null for the user's own. */
  starterKey: string | null;
  questionCount: number;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}
