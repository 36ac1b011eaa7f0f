// Idle mine with an offline report: while the tab is hidden, ore keeps coming; a panel over a dark shade reports it
class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  create() {
    this.ore = 0;
    this.label = this.add.text(10, 10, 'Ore: 0', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.ore += 1; } });
    this.panel = this.add.container(400, 300).setVisible(false).setDepth(5);
    const shade = this.add.rectangle(0, 0, 800, 600, 0x000000, 0.6).setInteractive();
    const box = this.add.rectangle(0, 0, 360, 140, 0x37474f);
    this.report = this.add.text(0, 0, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.panel.add([shade, box, this.report]);
    shade.on('pointerdown', () => this.panel.setVisible(false));
    this.game.events.on('hidden', () => { this.leftAt = Date.now(); });
    this.game.events.on('visible', () => {
      const away = Math.floor((Date.now() - (this.leftAt || Date.now())) / 1000);
      this.ore += away;
      this.report.setText('While away: +' + away + ' ore');
      this.panel.setVisible(true);
    });
  }
  update() { this.label.setText('Ore: ' + this.ore); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Mine });
