import { expect } from '@open-wc/testing';
import { getTask } from '@dz-tasks/data';

describe('test infrastructure', () => {
  it('imports the data package in the browser', () => {
    expect(getTask(9)?.number).to.equal(9);
  });
});
