// Press B to set off a bomb that destroys every enemy on screen
class Bomb extends Phaser.Scene {
  create() {
    this.enemies = this.add.group();
    for (let i = 0; i < 8; i++) this.enemies.add(this.add.rectangle(80 + i * 90, 200, 40, 40, 0xff4466));
    this.label = this.add.text(20, 20, 'Enemies: 8', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-B', () => {
      this.enemies.getChildren().slice().forEach((enemy) => this.kill(enemy));
      this.label.setText('Enemies: ' + this.enemies.getLength());
    });
  }
  kill(enemy) {
    this.add.circle(enemy.x, enemy.y, 30, 0xffaa00).setAlpha(0.5);
    enemy.destroy();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bomb });
