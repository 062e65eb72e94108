// A React-controlled textarea: its value lives in React state, so only edits React sees survive a re-render.
import { createElement as e, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    reactText?: string;
  }
}

function App() {
  const [text, setText] = useState('');
  useEffect(() => {
    window.reactText = text;
  }, [text]);
  return e(
    'div',
    null,
    e('label', { htmlFor: 'react-note' }, 'Case note (React)'),
    e('textarea', { id: 'react-note', rows: 6, value: text, onChange: (event: { target: { value: string } }) => setText(event.target.value) }),
    e('p', { id: 'react-count' }, `${text.length} characters saved in the form's state`),
  );
}

createRoot(document.getElementById('react-root')!).render(e(App));
