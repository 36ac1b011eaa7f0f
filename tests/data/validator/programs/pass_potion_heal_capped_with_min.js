// Press H to drink a potion that heals 25 HP; HP never goes above 100; every second the poison takes 10 HP
class Potion extends Phaser.Scene {
  create() {
    this.hp = 100;
    this.label = this.add.text(40, 40, 'HP 100', { fontSize: '26px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.hp = Math.max(this.hp - 10, 0); this.show(); } });
    this.input.keyboard.on('keydown-H', () => { this.hp = Math.min(this.hp + 25, 100); this.show(); });
  }
  show() { this.label.setText('HP ' + this.hp); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Potion });
