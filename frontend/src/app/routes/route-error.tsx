import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorFallback } from '@/components/ui/error-boundary';
import { NotFoundPage } from './not-found';

/** errorElement of the router: a friendly page, never React Router's developer screen with a stack. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (error) console.error('Route error', error);
  return <ErrorFallback />;
}
