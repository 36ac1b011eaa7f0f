// Click the crystal to mine 1 crystal; Hire Miner costs 10 crystals and each miner adds 1 crystal per second
class Mine extends Phaser.Scene {
  create() {
    this.crystals = 0;
    this.miners = 0;
    this.info = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffffff' });
    this.add.star(300, 300, 6, 30, 60, 0x66ccff).setInteractive().on('pointerdown', () => { this.crystals += 1; this.show(); });
    this.add.text(560, 300, 'Hire Miner (10)', { fontSize: '24px', color: '#ffee88' }).setOrigin(0.5).setInteractive().on('pointerdown', () => {
      if (this.crystals >= 10) {
        this.crystals -= 10;
        this.miners += 1;
        this.show();
      }
    });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.crystals += this.miners; this.show(); } });
    this.show();
  }
  show() {
    this.info.setText(`Crystals: ${this.crystals}   Miners: ${this.miners}`);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Mine });
