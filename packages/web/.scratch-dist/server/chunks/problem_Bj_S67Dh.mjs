import { V as VisibleError } from './errors_MfzDXNyI.mjs';
import { f as formProblem } from './index_DEu4dKf_.mjs';
import { f as feedbackConsoleMessages } from './Console_BDBxF5Hs.mjs';

function feedbackProblem(lang, error) {
  const problem = formProblem(lang, error);
  const own = error instanceof VisibleError ? feedbackConsoleMessages(lang).errors[error.code] : void 0;
  return own ? {
    ...problem,
    message: own
  } : problem;
}

export { feedbackProblem as f };
