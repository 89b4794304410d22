import { useState } from 'react';
import { AppProvider } from './provider';
import { AppRouter, createRouter } from './router';

export function App() {
  const [router] = useState(createRouter);
  return (
    <AppProvider>
      <AppRouter router={router} />
    </AppProvider>
  );
}
