import { definePermissions } from './permissions.ts';

export const platformPermissions = definePermissions('platform', {
  'platform.members.manage': 'Approve or reject join requests and change members’ roles',
  'platform.audit.read': 'Read the audit trail of any record',
  'platform.settings.manage': 'Change the company profile and settings',
  'platform.jobs.manage': 'See background jobs and schedules, retry or cancel jobs',
});

export const dashboardPermissions = definePermissions('dashboard', {
  'dashboard.view': 'See the home dashboard',
});
