// Click the slime to hit it: it shakes each time; the shake tween persists and is restarted in hit()
class Slime extends Phaser.Scene {
  constructor() { super('slime'); }
  preload() {}
  create() {
    this.hp = 50;
    this.slime = this.add.ellipse(400, 300, 120, 80, 0x55dd55).setInteractive();
    this.label = this.add.text(20, 20, 'HP 50', { fontSize: '22px', color: '#ffffff' });
    this.shake = this.tweens.add({ targets: this.slime, x: 410, duration: 40, yoyo: true, repeat: 3, paused: true, persist: true });
    this.slime.on('pointerdown', () => this.hit());
  }
  hit() {
    this.hp -= 5;
    this.label.setText('HP ' + this.hp);
    this.shake.restart();
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202830', scene: Slime });
