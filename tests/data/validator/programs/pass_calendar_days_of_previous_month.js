// Task: a month calendar starting at February 2024: a title with the month and year, one numbered cell per day of that month placed under the right weekday, PREV/NEXT buttons to change month, and clicking a day selects it.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

class CalendarScene extends Phaser.Scene {
  constructor() {
    super({ key: 'calendar' });
  }

  create() {
    this.year = 2024;
    this.month = 1;
    this.selected = null;
    this.title = this.add.text(400, 30, '', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].forEach((d, i) => {
      this.add.text(190 + i * 70, 80, d, { fontSize: '16px', color: '#99aacc' }).setOrigin(0.5);
    });
    this.makeButton(60, 30, '< PREV', -1);
    this.makeButton(740, 30, 'NEXT >', 1);
    this.cells = this.add.group();
    this.buildMonth();
  }

  makeButton(x, y, label, step) {
    const btn = this.add.text(x, y, label, { fontSize: '20px', color: '#ffe08a', backgroundColor: '#334', padding: { x: 8, y: 4 } });
    btn.setOrigin(0.5).setInteractive({ useHandCursor: true });
    btn.on('pointerdown', () => {
      this.month += step;
      if (this.month < 0) { this.month = 11; this.year--; }
      if (this.month > 11) { this.month = 0; this.year++; }
      this.selected = null;
      this.buildMonth();
    });
  }

  buildMonth() {
    this.cells.clear(true, true);
    this.title.setText(`${MONTHS[this.month]} ${this.year}`);
    const firstWeekday = new Date(this.year, this.month, 1).getDay();
    this.daysInMonth = new Date(this.year, this.month + 1, 0).getDate();

    for (let day = 1; day <= this.daysInMonth; day++) {
      const index = firstWeekday + day - 1;
      const x = 190 + (index % 7) * 70;
      const y = 125 + Math.floor(index / 7) * 55;
      const cell = this.add.rectangle(x, y, 62, 48, day === this.selected ? 0x3f7f5f : 0x2b3142).setStrokeStyle(1, 0x556070);
      const label = this.add.text(x, y, String(day), { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
      cell.setData('day', day).setInteractive({ useHandCursor: true });
      cell.on('pointerdown', () => {
        this.selected = day;
        this.buildMonth();
      });
      this.cells.addMultiple([cell, label]);
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 460, backgroundColor: '#1a1d26', scene: CalendarScene });
