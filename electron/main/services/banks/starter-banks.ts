import { type StarterBankFile, starterBankFileSchema } from '../../../../shared/domain/import-export/json-format';
import commonOpeners from '../../../../resources/starter-banks/01-common-openers.json';
import competency from '../../../../resources/starter-banks/02-competency.json';
import motivationCareer from '../../../../resources/starter-banks/03-motivation-career.json';
import financialServices from '../../../../resources/starter-banks/04-financial-services-accountancy.json';
import graduate from '../../../../resources/starter-banks/05-graduate-early-career.json';
import questionsToAsk from '../../../../resources/starter-banks/06-questions-to-ask.json';

/**
 * The starter banks, imported statically so they are bundled into the main
 * process (no resource paths to resolve at run time, in Electron, browser mode
 * or tests). Parsed once: a shipped file that breaks the schema fails loudly
 * here and in the unit test, never half-seeds a database.
 */
export const starterBankSources: readonly unknown[] = [
  commonOpeners,
  competency,
  motivationCareer,
  financialServices,
  graduate,
  questionsToAsk,
];

let parsed: StarterBankFile[] | undefined;

export function starterBanks(): StarterBankFile[] {
  parsed ??= starterBankSources.map((source) => starterBankFileSchema.parse(source));
  return parsed;
}
