// An attack button with a 1.5 s cooldown: the ready time is taken from Date.now() and compared with the scene clock
const COOLDOWN = 1500;

class Attack extends Phaser.Scene {
  constructor() { super('attack'); }
  preload() {}
  create() {
    this.hp = 100;
    this.readyAt = 0;
    this.label = this.add.text(20, 20, 'Dummy HP: 100', { fontSize: '24px', color: '#ffffff' });
    const button = this.add.rectangle(400, 400, 200, 60, 0xaa3333).setInteractive();
    this.add.text(400, 400, 'Attack', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    button.on('pointerdown', () => {
      if (this.time.now < this.readyAt) return;
      this.hp -= 10;
      this.label.setText('Dummy HP: ' + this.hp);
      this.readyAt = Date.now() + COOLDOWN;
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#222222', scene: Attack });
