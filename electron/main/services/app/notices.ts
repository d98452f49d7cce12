import type { Notice } from '../../../../shared/domain/app-info';

/** Things to tell the user once (a reset settings file, a restored backup), kept until dismissed. */
export class NoticeBoard {
  private notices: Notice[] = [];

  /** `onAdd` is told of each notice as it is added, so it can reach an open window at once (the `app.notice` event). */
  constructor(private readonly onAdd: (notice: Notice) => void = () => {}) {}

  add(...notices: Notice[]): void {
    for (const notice of notices) {
      this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
      this.onAdd(notice);
    }
  }

  list(): Notice[] {
    return [...this.notices];
  }

  dismiss(id: string): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}
