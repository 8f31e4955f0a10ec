import { createReactRemote } from '@bas/sdk/react';
import { App } from './App.tsx';

export const { mount } = createReactRemote(App);
