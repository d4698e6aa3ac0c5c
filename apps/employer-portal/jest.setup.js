// jsdom lacks the encoding API that react-router uses; Node's is the same standard one.
import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';
import '@testing-library/jest-dom';

Object.assign(globalThis, { TextDecoder, TextEncoder });

// Page tests walk through several mocked round trips; the machine running them may be busy.
configure({ asyncUtilTimeout: 3000 });
