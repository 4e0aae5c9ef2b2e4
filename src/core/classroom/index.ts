// The classroom's analyses: game review, the other regime's counterfactual, discussion questions and the
// utility space of deals. Pure, like the rest of the core: the browser runs the heavy parts in a worker.
export { reviewGame, reviewMonths, finishReview, mainCauses, REVIEW_BOTS, type ReviewMonthsResult, type Review, type ReviewMonth, type KeyMoment, type ReviewResult, type ReviewInput } from "./review";
export { transposeActions, botActions, type Transposed } from "./counterfactual";
export { discussionQuestions, type Question } from "./questions";
export { usUtility, utilitySpaceOf, dealPoint, type UtilityPoint, type UtilitySpace } from "./utilitySpace";
