// The background jobs other modules use: define a handler, enqueue in your transaction, schedule.
export { enqueueJob, enqueuePlatformJob, type JobRequest } from './enqueue.ts';
export { defineJob, type JobHandler, type JobRun } from './registry.ts';
export { type ScheduleRequest, scheduleJob } from './schedules.ts';
