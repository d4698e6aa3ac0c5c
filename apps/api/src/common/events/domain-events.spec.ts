import { DomainEvents, type DomainEvent } from './domain-events.js';

describe(DomainEvents.name, () => {
  it('delivers each published change to every subscriber, in order', () => {
    const events = new DomainEvents();
    const first: DomainEvent[] = [];
    const second: DomainEvent[] = [];
    events.events$.subscribe((event) => first.push(event));
    events.events$.subscribe((event) => second.push(event));
    events.jobSeekerChanged('seeker-1');
    events.vacancyChanged('vacancy-1');
    const expected = [
      { type: 'jobSeeker.changed', id: 'seeker-1' },
      { type: 'vacancy.changed', id: 'vacancy-1' },
    ];
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
  });

  it('does not replay earlier changes to a late subscriber', () => {
    const events = new DomainEvents();
    events.jobSeekerChanged('seeker-1');
    const late: DomainEvent[] = [];
    events.events$.subscribe((event) => late.push(event));
    expect(late).toEqual([]);
  });
});
