export { fillMonitoringHistory, insertInBatches, noise } from './fillMonitoringHistory.ts';
export { fillSurveyAnswers } from './fillSurveyAnswers.ts';
