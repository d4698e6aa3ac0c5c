// jsdom lacks the encoding API that react-router uses; Node's is the same standard one.
import { TextDecoder, TextEncoder } from 'node:util';
import '@testing-library/jest-dom';

Object.assign(globalThis, { TextDecoder, TextEncoder });
