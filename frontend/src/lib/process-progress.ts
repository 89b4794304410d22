/** Where a case is in its BPMN process: the activities running now and those already done. */
export type Progress = { activeActivityIds: string[]; completedActivityIds: string[] };
