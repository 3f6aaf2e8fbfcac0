import { definePermissions } from '../../platform/permissions/permissions.ts';

/**
 * Stock counts are part of inventory's permissions. The warehouse job role holds all of them
 * except `inventory.count.approve`, so a warehouse team counts, reviews and approves small
 * variances, and a manager (or owner) approves counts whose variance exceeds the threshold.
 */
export const stockCountPermissions = definePermissions('inventory', {
  'inventory.count.read': 'See stock counts, their lines and variance reports',
  'inventory.count.manage': 'Schedule, start and cancel stock counts',
  'inventory.count.record': 'Record counted quantities, recount flags and variance reasons',
  'inventory.count.review': 'Review and reject counts, and approve those within the approval threshold',
  'inventory.count.approve': 'Approve counts whose variance exceeds the threshold, and set the threshold',
  'inventory.count.post': 'Post approved counts as stock adjustments',
});
