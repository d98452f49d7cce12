import type { Notice } from '../../../../shared/domain/app-info';

/** Things to tell the user once (a reset settings file, a restored backup), kept until dismissed. */
export class NoticeBoard {
  private notices: Notice[] = [];

  add(...notices: Notice[]): void {
    for (const notice of notices) {
      this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
    }
  }

  list(): Notice[] {
    return [...this.notices];
  }

  dismiss(id: string): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}
