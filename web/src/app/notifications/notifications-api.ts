import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Notification = Schemas['Notification'];

export const notificationsKey = ['notifications'] as const;

/** My latest notifications in the active company, with how many are unread. */
export const useNotifications = () =>
  useQuery({
    queryKey: notificationsKey,
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { limit: 20 } } })),
  });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
