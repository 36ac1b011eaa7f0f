// A data: URI is not an external asset. The label mentions 'pointerdown' but nothing listens to it, which
// leads a naive prompt writer astray (the task's check and repair catch it).
class DataUri extends Phaser.Scene
{
    preload ()
    {
        this.load.image('dot2', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAEklEQVR4nGP4z8DwHxkzkC4AADxAE/3s8wGjAAAAAElFTkSuQmCC');
    }

    create ()
    {
        const hint = 'pointerdown';
        this.add.text(10, 10, 'events: ' + hint, { fontSize: '16px' });
        for (let i = 0; i < 12; i++)
        {
            this.add.image(Phaser.Math.Between(50, 750), Phaser.Math.Between(50, 550), 'dot2').setScale(4);
        }
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: DataUri });
