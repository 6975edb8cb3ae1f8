/** @jest-environment jsdom */
import '../../../../tests/helpers/jsdomSetup';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { WebPartLoading } from './WebPartLoading';

describe('WebPartLoading', () => {
  it('says the web part is loading while its chunks arrive', () => {
    render(<WebPartLoading />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the web part could not load, and how to try again, when a chunk did not arrive', () => {
    render(<WebPartLoading failed />);
    expect(screen.getByRole('alert')).toHaveTextContent('This web part could not load. Reload the page to try again.');
  });
});
