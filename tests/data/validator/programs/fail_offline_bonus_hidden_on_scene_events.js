// Idle garden: flowers grow while the tab is away; coming back pays what grew meanwhile
class Garden extends Phaser.Scene {
  constructor() { super('garden'); }
  create() {
    this.petals = 0;
    this.label = this.add.text(20, 20, '', { fontSize: '22px', color: '#f8bbd0' });
    this.note = this.add.text(320, 300, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.petals += 2; } });
    this.events.on('hidden', () => { this.leftAt = Date.now(); });
    this.events.on('visible', () => {
      if (!this.leftAt) return;
      const away = Math.floor((Date.now() - this.leftAt) / 1000);
      this.petals += away * 2;
      this.note.setText('While you were away: +' + away * 2);
    });
  }
  update() { this.label.setText('Petals: ' + this.petals); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 360, backgroundColor: '#1b5e20', scene: Garden });
