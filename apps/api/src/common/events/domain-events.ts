import { Injectable, Module } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/** Something another module may need to react to, published after the change was committed. */
export type DomainEvent =
  | { readonly type: 'jobSeeker.changed'; readonly id: string }
  | { readonly type: 'vacancy.changed'; readonly id: string };

/**
 * A tiny in-process event bus: services publish after their writes commit, other modules (such as
 * matching, which keeps an in-memory index) subscribe. Delivery is synchronous and in-process
 * only; a subscriber must not throw and should do its real work later (it gets ids, not data).
 */
@Injectable()
export class DomainEvents {
  private readonly subject = new Subject<DomainEvent>();

  /** Every event from now on. */
  readonly events$: Observable<DomainEvent> = this.subject.asObservable();

  jobSeekerChanged(id: string): void {
    this.subject.next({ type: 'jobSeeker.changed', id });
  }

  vacancyChanged(id: string): void {
    this.subject.next({ type: 'vacancy.changed', id });
  }
}

/** Import where a service publishes or subscribes; Nest shares the one DomainEvents instance. */
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
